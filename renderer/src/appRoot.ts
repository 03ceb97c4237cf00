/** The element React renders the app into (index.html). */
export const APP_ROOT_ID = 'root';
