/**
 * The HTTP face of the core, behind {@code FakeMediaManagerServer} and {@code FakeMediaManagerPlugin}: the route table
 * of the 27 REST methods ({@code ApiRoute}, {@code RouteIndex}), the dispatcher that runs every request the same way
 * ({@code Facade}: guard, auth, scenario gate, journal, answer; {@code Exchange}, {@code Reply}), the endpoints
 * ({@code FileEndpoints}, {@code FolderEndpoints}), reading and writing the wire ({@code Params}, {@code Wire},
 * {@code Json}, {@code Body}), errors in Wix's shapes ({@code ErrorMapper}, {@code FaultWriter}), the admin API, one
 * class per area ({@code AdminRoutes} lists them), the byte-moving routes ({@code TransferRoutes}), the request
 * journal ({@code JournalStore}) and the standalone server ({@code StandaloneServer}, {@code Launcher}).
 *
 * <p>Only the classes named in {@code FacadeLayeringTest} reach the core's internals; the rest use its public API.
 */
@API(status = API.Status.INTERNAL)
package dev.fakewix.media.http.internal;

import org.apiguardian.api.API;
