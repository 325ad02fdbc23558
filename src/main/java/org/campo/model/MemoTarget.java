package org.campo.model;

/** What a memo is attached to. */
public enum MemoTarget {
    PROJECT, SOURCE, CODE, CODING
}
