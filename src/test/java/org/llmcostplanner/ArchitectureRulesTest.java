package org.llmcostplanner;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link ArchitectureTest} fail when broken: each is applied to
 * {@code org.llmcostplanner.archfixture}, a test-only package tree of the same shape whose
 * classes break them all.
 */
class ArchitectureRulesTest {
    private static final String FIXTURE = "org.llmcostplanner.archfixture";
    private static JavaClasses fixture;

    @BeforeAll
    static void importFixture() {
        fixture = new ClassFileImporter().importPackages(FIXTURE);
    }

    private static String failureOf(ArchRule rule) {
        return assertThrows(AssertionError.class, () -> rule.check(fixture)).getMessage();
    }

    @Test
    void modelUsingJavaFxFails() {
        assertTrue(failureOf(ArchitectureTest.modelUsesNoToolkitOrFileFormatLibrary(FIXTURE)).contains("ToolkitModel"));
    }

    @Test
    void modelUsingIoFails() {
        assertTrue(failureOf(ArchitectureTest.modelDependsOnNoOtherPlannerPackage(FIXTURE)).contains("LayeredModel"));
    }

    @Test
    void modelPackagesDependingOnEachOtherFail() {
        assertTrue(failureOf(ArchitectureTest.packagesFormNoCycles(FIXTURE)).contains("CycleEnd"));
    }

    @Test
    void chartUsingUiFails() {
        assertTrue(failureOf(ArchitectureTest.dependsOnlyOnModel(FIXTURE, "chart")).contains("FixtureView"));
    }

    @Test
    void ioUsingChartFails() {
        assertTrue(failureOf(ArchitectureTest.dependsOnlyOnModel(FIXTURE, "io")).contains("FixtureChart"));
    }

    @Test
    void uiUsingCliAndCliUsingUiFail() {
        assertTrue(failureOf(ArchitectureTest.doesNotDependOn(FIXTURE, "ui", "cli")).contains("FixtureView"));
        assertTrue(failureOf(ArchitectureTest.doesNotDependOn(FIXTURE, "cli", "ui")).contains("FixtureCommand"));
    }

    @Test
    void printingOutsideCliFailsButCliMayPrint() {
        String failure = failureOf(ArchitectureTest.onlyCliUsesStandardStreams(FIXTURE));

        assertTrue(failure.contains("PrintingModel"));
        assertFalse(failure.contains("FixtureCommand"));
    }

    @Test
    void printStackTraceFailsEverywhereIncludingCli() {
        String failure = failureOf(ArchitectureTest.nobodyPrintsStackTraces());

        assertTrue(failure.contains("PrintingModel"));
        assertTrue(failure.contains("FixtureCommand"));
    }

    @Test
    void emptyLayersPassUntilTheirFirstClass() {
        JavaClasses modelOnly = new ClassFileImporter().importPackages(FIXTURE + ".model");

        ArchitectureTest.dependsOnlyOnModel(FIXTURE, "chart").check(modelOnly);
        ArchitectureTest.doesNotDependOn(FIXTURE, "ui", "cli").check(modelOnly);
    }
}
