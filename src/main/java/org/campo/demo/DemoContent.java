package org.campo.demo;

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
    void addTo(OpenStudy study, DemoSettings settings);
}
