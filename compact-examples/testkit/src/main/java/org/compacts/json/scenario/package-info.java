/**
 * Scenario tests of rule semantics, in the spirit of OpenFisca's YAML tests: JSON files that
 * each name a compact, an event, the day of evaluation and the finding expected of each rule.
 * {@link org.compacts.json.scenario.ScenarioRunner} reads and runs them;
 * {@link org.compacts.json.scenario.ScenarioTests} makes JUnit 5 dynamic tests of a folder.
 */
package org.compacts.json.scenario;
