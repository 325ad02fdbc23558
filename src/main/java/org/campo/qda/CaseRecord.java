package org.campo.qda;

import java.util.Map;
import java.util.Set;

/**
 * A case: one participant (key informant, in-depth interviewee, or flow-survey respondent) with
 * the attributes triangulation crosses codes with (city, source group, nationality, gender
 * identity, sexual orientation...).
 *
 * @param id         the participant id
 * @param code       the pseudonymous participant code (never shown in quotes unless asked)
 * @param attributes attribute name to value, in a stable order
 * @param sensitive  names of attributes that are sensitive (used in attribution or exports only
 *                   when the coordinator opts in)
 * @param directQuotation whether the participant allowed direct quotation
 */
public record CaseRecord(String id, String code, Map<String, String> attributes, Set<String> sensitive,
                         boolean directQuotation) {
}
