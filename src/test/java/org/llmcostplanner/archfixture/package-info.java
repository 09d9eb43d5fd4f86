/**
 * Classes that break every rule of {@code ArchitectureTest} on purpose, in a package tree that
 * mirrors the planner's (model, chart, io, ui, cli), so the test can show that each rule fails
 * when broken. Test sources only: the production rules never import them.
 */
package org.llmcostplanner.archfixture;
