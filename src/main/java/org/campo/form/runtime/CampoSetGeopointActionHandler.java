package org.campo.form.runtime;

import org.javarosa.core.model.actions.setgeopoint.SetGeopointAction;
import org.javarosa.core.model.actions.setgeopoint.SetGeopointActionHandler;

/** Tells the XForm parser to build {@link CampoSetGeopointAction}s for {@code odk:setgeopoint}. */
final class CampoSetGeopointActionHandler extends SetGeopointActionHandler {
    @Override
    public SetGeopointAction getSetGeopointAction() {
        return new CampoSetGeopointAction(null);
    }
}
