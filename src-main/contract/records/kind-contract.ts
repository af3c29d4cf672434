import { ListQuery, listPage } from '../list-query';
import type { MethodSpec } from '../method-spec';
import type { AnyKind } from './define-kind';

type Flat<T> = { [K in keyof T]: T[K] };
type ListOut<T extends AnyKind['output']> = ReturnType<typeof listPage<T>>;
type Spec<N extends string, S extends MethodSpec> = { [K in N]: S };

/**
 * The standard methods of a kind, keyed '<name>.list', '.get', '.create' (when declared), '.update',
 * '.delete'. Names, inputs and outputs are the ones the grids and the tests call.
 */
export type KindContract<K extends AnyKind> = Flat<
  Spec<`${K['name']}.list`, MethodSpec<typeof ListQuery, ListOut<K['output']>>> &
    Spec<`${K['name']}.get`, MethodSpec<K['idInput'], K['output']>> &
    (K['methods'] extends { create: string } ? Spec<`${K['name']}.create`, MethodSpec<K['createInput'], K['output']>> : unknown) &
    Spec<`${K['name']}.update`, MethodSpec<K['updateInput'], K['output']>> &
    Spec<`${K['name']}.delete`, MethodSpec<K['deleteInput'], K['output']>>
>;

/**
 * The contract specs of a kind's standard methods: list (ListQuery paging, sort, filters, search), get,
 * create (the core gives the id; a caller's is refused), update (a patch), delete (returns the deleted
 * record, for the caller's notice); update and delete take an optional `expectedVersion`
 * (record-version.ts). Readers may list; clerks write.
 */
export function kindContract<const K extends AnyKind>(kind: K): KindContract<K> {
  const n = kind.name;
  const m = kind.methods;
  const specs: Record<string, MethodSpec> = {
    [`${n}.list`]: { role: 'viewer', summary: m.list, input: ListQuery, output: listPage(kind.output) },
    [`${n}.get`]: { role: 'viewer', summary: m.get, input: kind.idInput, output: kind.output },
  };
  if (m.create !== undefined) specs[`${n}.create`] = { role: 'clerk', summary: m.create, input: kind.createInput, output: kind.output };
  specs[`${n}.update`] = { role: 'clerk', summary: m.update, input: kind.updateInput, output: kind.output };
  specs[`${n}.delete`] = { role: 'clerk', summary: m.delete, input: kind.deleteInput, output: kind.output };
  // Built key by key from the kind's name; KindContract states the same keys and shapes.
  return specs as KindContract<K>;
}
