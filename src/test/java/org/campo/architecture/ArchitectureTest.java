package org.campo.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package rules of the design, checked on every build so the architecture stays what
 * docs/architecture.md says it is. Packages are features; arrows only point "down":
 * ui/cli → app → feature services → study/audit → store → crypto, with common everywhere.
 */
@AnalyzeClasses(packages = "org.campo", importOptions = ArchitectureTest.MainClassesOnly.class)
class ArchitectureTest {

    /** Production classes only, whatever the build directory is called. */
    static final class MainClassesOnly implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/test-classes/");
        }
    }

    private static final String UI = "org.campo.ui..";
    private static final String CLI = "org.campo.cli..";

    @ArchTest
    static final ArchRule javafxOnlyInUi = noClasses().that().resideOutsideOfPackage(UI)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.kordamp..",
                    "org.controlsfx..")
            .because("the toolkit stays in the ui package; everything else must run headless (CLI, tests)");

    @ArchTest
    static final ArchRule javarosaOnlyInRuntime = noClasses().that().resideOutsideOfPackage("org.campo.form.runtime..")
            .should().dependOnClassesThat().resideInAnyPackage("org.javarosa..", "org.kxml2..")
            .because("FormSession is the only door to JavaRosa; the rest of Campo speaks Campo's prompt/answer types");

    @ArchTest
    static final ArchRule sqlOnlyInStore = noClasses().that().resideOutsideOfPackage("org.campo.store..")
            .and().resideOutsideOfPackage("org.campo.audit..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
            .because("only repositories know SQL (the audit chain reads rows it seals through the store's Database)");

    @ArchTest
    static final ArchRule officeAndPdfOnlyInExport = noClasses().that().resideOutsideOfPackages(
                    "org.campo.export..", "org.campo.form.compile..", "org.campo.qda.docx..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "com.itextpdf..")
            .because("POI and iText serve exports; the compiler also reads workbooks with POI, and qda.docx "
                    + "reads the text of .docx transcripts to import (an import, so it cannot live in export, "
                    + "which depends on qda)");

    @ArchTest
    static final ArchRule cryptoLibrariesOnlyInCrypto = noClasses().that().resideOutsideOfPackage("org.campo.crypto..")
            .should().dependOnClassesThat().resideInAnyPackage("com.google.crypto.tink..", "org.bouncycastle..")
            .because("all cryptography goes through the crypto package, which is small enough to review");

    @ArchTest
    static final ArchRule cryptoDependsOnNoOtherCampoPackage = classes().that().resideInAPackage("org.campo.crypto..")
            .should().onlyDependOnClassesThat(resideOutsideOfPackage("org.campo..")
                    .or(resideInAPackage("org.campo.crypto..")))
            .because("the crypto package must stay reviewable on its own");

    @ArchTest
    static final ArchRule standardStreamsOnlyInCli = noClasses().that().resideOutsideOfPackage(CLI)
            .should(ACCESS_STANDARD_STREAMS)
            .because("the app logs through java.util.logging; only commands print");

    @ArchTest
    static final ArchRule nothingDependsOnUiOrCli = noClasses().that().resideOutsideOfPackages(UI, CLI)
            .and().doNotHaveFullyQualifiedName("org.campo.Main")
            .should().dependOnClassesThat().resideInAnyPackage(UI, CLI)
            .because("the UI and the CLI are two faces of the same services");

    @ArchTest
    static final ArchRule uiAndCliDoNotDependOnEachOther = noClasses().that().resideInAPackage(UI)
            .should().dependOnClassesThat().resideInAPackage(CLI);

    @ArchTest
    static final ArchRule storeIsBelowServices = noClasses().that().resideInAPackage("org.campo.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.campo.study..", "org.campo.audit..",
                    "org.campo.form..", "org.campo.consent..", "org.campo.export..", "org.campo.app..",
                    "org.campo.demo..");

    @ArchTest
    static final ArchRule formsDependOnlyOnCommon = noClasses().that().resideInAPackage("org.campo.form..")
            .should().dependOnClassesThat().resideInAnyPackage("org.campo.store..", "org.campo.study..",
                    "org.campo.audit..", "org.campo.consent..", "org.campo.export..", "org.campo.app..",
                    "org.campo.crypto..")
            .because("the compiler and the runtime are pure: forms in, XForms and answers out");

    @ArchTest
    static final ArchRule uiSectionsAreFreeOfCycles = slices().matching("org.campo.ui.(*)..")
            .should().beFreeOfCycles()
            .because("sections register in org.campo.ui.UiSections and reach each other only through the"
                    + " extension points of ui.frame, never by calling another section");

    @ArchTest
    static final ArchRule uiNeverConstructsServices = noClasses().that().resideInAPackage(UI)
            .should().callConstructorWhere(new DescribedPredicate<JavaConstructorCall>(
                    "a service, exporter or writer of a feature package") {
                @Override
                public boolean test(JavaConstructorCall call) {
                    JavaClass owner = call.getTargetOwner();
                    String name = owner.getSimpleName();
                    return owner.getPackageName().startsWith("org.campo.")
                            && !owner.getPackageName().startsWith("org.campo.ui")
                            && !owner.getPackageName().startsWith("org.campo.common")
                            && (name.endsWith("Service") || name.endsWith("Services") || name.endsWith("Exporter")
                            || name.endsWith("Writer") || name.endsWith("Library") || name.endsWith("Importer"));
                }
            })
            .because("services are wired only in app.AppContext; screens take them from there");

    @ArchTest
    static final ArchRule commonDependsOnNothingElse = classes().that().resideInAPackage("org.campo.common..")
            .should().onlyDependOnClassesThat(resideOutsideOfPackage("org.campo..")
                    .or(resideInAPackage("org.campo.common..")));
}
