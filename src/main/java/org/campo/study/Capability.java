package org.campo.study;

/** Things a member may be allowed to do; {@link Permissions} maps roles to them. */
public enum Capability {
    COLLECT,
    READ_RESPONSES,
    MANAGE_FORMS,
    MANAGE_SITES,
    MANAGE_MEMBERS,
    EXPORT_DATA,
    INCLUDE_SENSITIVE,
    READ_CONSENT,
    RECORD_CONSENT,
    READ_AUDIT
}
