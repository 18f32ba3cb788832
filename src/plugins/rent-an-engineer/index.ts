/**
 * /rent-an-engineer: the request form for a platform engineer's time, which
 * opens a prefilled issue on GitHub (src/lib/rent-request builds it). The page
 * and its parts are in ./theme (@theme/RentAnEngineerPage); it needs no
 * build-time data.
 */
import type {LoadContext, Plugin} from '@docusaurus/types';

/** Where the form is served, under the base URL. */
export const RENT_AN_ENGINEER_PATH = 'rent-an-engineer';

export default function rentAnEngineerPlugin(context: LoadContext): Plugin {
  return {
    name: 'rent-an-engineer',

    getThemePath() {
      return './theme';
    },

    async contentLoaded({actions}) {
      actions.addRoute({
        path: `${context.baseUrl}${RENT_AN_ENGINEER_PATH}`,
        exact: true,
        component: '@theme/RentAnEngineerPage',
      });
    },
  };
}
