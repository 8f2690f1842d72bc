/**
 * The text forms of scripted behaviour: the JSON scenario document ({@code ScenarioDocument}) and readiness written
 * as text ({@code ReadinessText}). A leaf: parsed documents are applied by the public {@code Scenarios}.
 */
@API(status = API.Status.INTERNAL)
package dev.fakewix.media.core.internal.scenario;

import org.apiguardian.api.API;
