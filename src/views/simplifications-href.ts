/** The address of the "What this simulator simplifies" page (parsed by the app's router as `simplifications`). */
export const SIMPLIFICATIONS_HREF = '#/simplifications';
