package org.campo.demo;

import java.util.List;
import org.campo.app.AppContext;
import org.campo.common.Ids;
import org.campo.model.Site;
import org.campo.study.OpenStudy;

/** The flow monitoring points of the demo: real border crossings and reception points in Peru. */
final class DemoSites implements DemoContent {
    static final List<Site> SITES = List.of(
            new Site(null, "CEBAF-TUMBES", "CEBAF Tumbes", -3.5669, -80.4515),
            new Site(null, "TACNA-SC", "Santa Rosa, Tacna", -18.1247, -70.3219),
            new Site(null, "DESAGUADERO", "Desaguadero, Puno", -16.5657, -69.0403),
            new Site(null, "LIMA-NORTE", "Lima Norte, Los Olivos", -11.9906, -77.0707));

    @Override
    public void addTo(AppContext context, OpenStudy study, DemoSettings settings) {
        for (Site s : SITES) {
            study.addSite(new Site(Ids.newId(), s.code(), s.name(), s.latitude(), s.longitude()));
        }
    }
}
