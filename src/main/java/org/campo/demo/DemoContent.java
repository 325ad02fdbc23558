package org.campo.demo;

import org.campo.app.AppContext;
import org.campo.study.OpenStudy;

/**
 * One part of the demo study (its sites, its forms, its synthetic submissions …). Each
 * feature that wants to appear in the demo contributes one implementation and registers it
 * in {@link DemoStudy#CONTENT}, so the demo grows with the app without one class knowing
 * every feature. Contributors run in list order, so later ones may rely on earlier ones
 * (submissions need forms and sites).
 */
@FunctionalInterface
public interface DemoContent {
    /**
     * @param context the application's services (form library, consent), so contributors use
     *                the same code paths as the app instead of wiring their own
     */
    void addTo(AppContext context, OpenStudy study, DemoSettings settings);
}
