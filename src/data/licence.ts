/**
 * The attribution the Open Database License asks of anyone who shows or hands on data derived from
 * OpenStreetMap (the walking network, streets, lanes and parks): the map, every export and every printout.
 */
export const OSM_ATTRIBUTION = '© OpenStreetMap contributors, ODbL';
export const OSM_COPYRIGHT_URL = 'https://www.openstreetmap.org/copyright';
/** One line for files (GPX metadata, GeoJSON properties) where a link cannot be clicked. */
export const OSM_ATTRIBUTION_LINE = `${OSM_ATTRIBUTION} (${OSM_COPYRIGHT_URL})`;
