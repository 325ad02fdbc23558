package org.campo.store;

import java.util.List;
import org.campo.model.CaseAttribute;

/** Attributes of cases; values are encrypted in the SQLite implementation. */
public interface CaseAttributeRepository {
    /** Sets an attribute, adding it after the case's others or replacing its value and sensitivity. */
    void put(CaseAttribute attribute);

    /** A case's attributes in the order they were first set. */
    List<CaseAttribute> of(String caseId);

    /** Every attribute, by case then order. */
    List<CaseAttribute> all();

    void delete(String caseId, String name);

    /** Removes every attribute of a case (withdrawal). */
    void deleteCase(String caseId);
}
