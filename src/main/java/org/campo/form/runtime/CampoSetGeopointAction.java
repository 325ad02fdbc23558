package org.campo.form.runtime;

import org.javarosa.core.model.actions.setgeopoint.SetGeopointAction;
import org.javarosa.core.model.instance.TreeReference;

/**
 * {@code odk:setgeopoint}: stores the device location when its event fires (for example
 * {@code start-geopoint} on first load). Without a location the target simply stays empty, which
 * is the honest answer on a laptop without GPS. Public with a no-argument constructor because
 * JavaRosa re-creates actions by reflection when a cached form definition is read back.
 */
public final class CampoSetGeopointAction extends SetGeopointAction {
    /** For deserialization only. */
    public CampoSetGeopointAction() {
        super();
    }

    CampoSetGeopointAction(TreeReference target) {
        super(target);
    }

    @Override
    public void requestLocationUpdates() {
        JavaRosaEnvironment.currentLocation().currentLocation()
                .ifPresent(point -> saveLocationValue(point.toXFormValue()));
    }
}
