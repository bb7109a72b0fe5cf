/**
 * The groups of story layers a reader can switch on and off, in legend order. The ids appear in
 * shared links (`?layers=capitals,pipeline`), so they are part of the public URL format.
 */
export const layerGroups = [
	{ id: 'capitals', name: 'Capitals' },
	{ id: 'venues', name: 'Meeting venues' },
	{ id: 'pipeline', name: 'Karachi–Lahore gas pipeline (planned, approximate route)' },
	{ id: 'links', name: 'Diplomatic links (who travelled or attended where)' },
	{ id: 'countries', name: 'Countries involved' }
] as const;

export type LayerGroupId = (typeof layerGroups)[number]['id'];

export const layerGroupIds: readonly LayerGroupId[] = layerGroups.map((group) => group.id);

export function isLayerGroupId(value: string): value is LayerGroupId {
	return (layerGroupIds as readonly string[]).includes(value);
}
