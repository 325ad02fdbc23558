package org.campo.qda;

/** What a memo is attached to. */
public enum MemoTarget {
    PROJECT, SOURCE, CODE, CODING
}
