package org.campo.model;

/**
 * One attribute of a case: a variable name (city, source_group, gender_identity...) and its
 * value. Sensitive attributes come from answers the form marks sensitive; they stay sensitive
 * here, so attribution and exports show them only when the coordinator opts in.
 */
public record CaseAttribute(String caseId, String name, String value, boolean sensitive) {
}
