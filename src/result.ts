/**
 * The one shape of an expected failure, everywhere in the core: a value, or an error that is data
 * (a code with its parameters, never prose). Wording comes from the zh-CN/en message registries,
 * chosen by whoever shows it (the CLI adds its own flag hints, the add-in its own words).
 */
export type Ok<T> = { readonly ok: true; readonly value: T };
export type Err<E> = { readonly ok: false; readonly error: E };
export type Result<T, E> = Ok<T> | Err<E>;

export const ok = <T>(value: T): Ok<T> => ({ ok: true, value });
export const err = <E>(error: E): Err<E> => ({ ok: false, error });
