// The sort key is pure and shared with the renderer; the core's many repositories keep importing it from here.
export { sortKey } from '../../shared/sort-key';
