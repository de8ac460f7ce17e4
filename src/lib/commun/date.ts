/** Today's date in Europe/Paris, `AAAA-MM-JJ`: the collective's own calendar, whatever the server's zone. */
export function aujourdhuiParis(maintenant: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(maintenant);
}
