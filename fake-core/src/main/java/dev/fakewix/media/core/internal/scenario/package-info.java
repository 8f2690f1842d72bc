/**
 * Scripted behaviour: the decision engine of a site ({@code ScenarioEngine}: the behaviours in force, their tallies
 * ({@code BehaviourTally}) and the one moment every request's latency, error and HTTP fault is decided), the pass of a
 * request a face serves ({@code RequestPass}, {@code ScenarioPasses}), and the text forms: the JSON scenario document
 * ({@code ScenarioDocument}) and readiness written as text ({@code ReadinessText}). A leaf: the public
 * {@code Scenarios} is its DSL, and the site hands its gate to the engine.
 */
@API(status = API.Status.INTERNAL)
package dev.fakewix.media.core.internal.scenario;

import org.apiguardian.api.API;
