/**
 * Request validation: the field-violation builder ({@code Violations}), the error shape it renders to
 * ({@code ErrorShape}), every request's constraint checks as pure functions ({@code RequestConstraints}), the one
 * place an operation's rules are written, and the type errors a face met reading a request ({@code ReadViolations}),
 * which the operation's one check throws with its own. A leaf.
 */
@API(status = API.Status.INTERNAL)
package dev.fakewix.media.core.internal.validation;

import org.apiguardian.api.API;
