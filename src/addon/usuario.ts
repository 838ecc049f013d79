// Who is running the add-on, as far as Google says.

/**
 * The e-mail of the user running this execution, or "" when Google does not reveal it (another
 * domain, consumer accounts, simple triggers) or the call is refused.
 */
export function correoDelUsuario(): string {
  try {
    return Session.getActiveUser().getEmail();
  } catch {
    return "";
  }
}
