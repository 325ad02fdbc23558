package org.campo.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
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

    private static final String STORE = "org.campo.store..";

    /**
     * Feature packages call each other only one way. A cycle would make two features one (neither
     * can change or be tested without the other); the layer rule below says which way.
     */
    @ArchTest
    static final ArchRule noCyclesBetweenFeaturePackages = slices().matching("org.campo.(*)..")
            .should().beFreeOfCycles()
            .because("each top-level package is a feature or a layer with one direction of use");

    /**
     * The layer order of docs/architecture.md. {@code demo} builds a study through the composition
     * root as the two faces do, so it sits above {@code app} (the GUI and the CLI call it); unlike
     * them it writes synthetic rows through the unit of work's repositories. The features and
     * {@code form} sit below {@code app}; {@code model} and {@code common} are for everyone.
     */
    @ArchTest
    static final ArchRule layersPointDown = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Faces").definedBy(UI, CLI)
            .layer("Demo").definedBy("org.campo.demo..")
            .layer("Main").definedBy("org.campo")
            .layer("App").definedBy("org.campo.app..")
            .layer("Features").definedBy("org.campo.collect..", "org.campo.consent..", "org.campo.export..",
                    "org.campo.qda..", "org.campo.merge..")
            .layer("Forms").definedBy("org.campo.form..")
            .layer("Study").definedBy("org.campo.study..")
            .layer("Audit").definedBy("org.campo.audit..")
            .layer("Store").definedBy(STORE)
            .layer("Crypto").definedBy("org.campo.crypto..")
            .layer("Model").definedBy("org.campo.model..")
            .layer("Common").definedBy("org.campo.common..")
            .whereLayer("Main").mayNotBeAccessedByAnyLayer()
            .whereLayer("Faces").mayOnlyBeAccessedByLayers("Main")
            .whereLayer("Demo").mayOnlyBeAccessedByLayers("Faces", "Main")
            .whereLayer("App").mayOnlyBeAccessedByLayers("Faces", "Demo", "Main")
            .whereLayer("Features").mayOnlyBeAccessedByLayers("Faces", "Demo", "Main", "App", "Features")
            .whereLayer("Forms").mayOnlyBeAccessedByLayers("Faces", "Demo", "App", "Features")
            .whereLayer("Study").mayOnlyBeAccessedByLayers("Faces", "Demo", "App", "Features")
            .whereLayer("Audit").mayOnlyBeAccessedByLayers("Faces", "Demo", "App", "Features", "Study")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("Demo", "App", "Features", "Study", "Audit")
            .whereLayer("Crypto").mayOnlyBeAccessedByLayers("Demo", "App", "Features", "Study", "Audit", "Store")
            .whereLayer("Model").mayOnlyBeAccessedByLayers("Faces", "Demo", "App", "Features", "Study", "Audit",
                    "Store")
            .because("dependencies point down: ui, cli -> demo -> app -> features -> study -> audit -> store -> crypto");

    @ArchTest
    static final ArchRule uiAndCliDoNotTouchTheStore = noClasses().that().resideInAnyPackage(UI, CLI)
            .should().dependOnClassesThat().resideInAPackage(STORE)
            .because("screens and commands speak to services and read model records; tables are the services' business");

    /** A repository built outside the store wiring would bypass the role guard of ADR 6. */
    @ArchTest
    static final ArchRule repositoriesAreBuiltOnlyInTheStoreWiring = noClasses()
            .that().resideOutsideOfPackages(STORE, "org.campo.study..")
            .should().callConstructorWhere(new DescribedPredicate<JavaConstructorCall>(
                    "the constructed class is a store class") {
                @Override
                public boolean test(JavaConstructorCall call) {
                    return call.getTargetOwner().getPackageName().startsWith("org.campo.store");
                }
            })
            .because("repositories are built once per unlocked study (SqliteRepositories) and handed out guarded by role");

    @ArchTest
    static final ArchRule onlyTheStudyWiringHoldsTheDatabase = noClasses()
            .that().resideOutsideOfPackages(STORE, "org.campo.study..", "org.campo.audit..")
            .should().dependOnClassesThat(DescribedPredicate.describe("are the study file's Database",
                    (JavaClass c) -> c.getName().equals("org.campo.store.Database")))
            .because("every change goes through the unit of work (study.changes()), never a raw transaction");

    @ArchTest
    static final ArchRule collectDoesNotKnowConsent = noClasses().that().resideInAPackage("org.campo.collect..")
            .should().dependOnClassesThat().resideInAPackage("org.campo.consent..")
            .because("collect asks a ConsentCheck that the composition root wires to the consent gate");
}
