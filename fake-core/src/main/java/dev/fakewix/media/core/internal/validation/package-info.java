/**
 * Request validation: the field-violation builder ({@code Violations}), the error shape it renders to
 * ({@code ErrorShape}), and every request's constraint checks as pure functions ({@code RequestConstraints}), the one
 * place an operation's rules are written. A leaf.
 */
@API(status = API.Status.INTERNAL)
package dev.fakewix.media.core.internal.validation;

import org.apiguardian.api.API;
