import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { GroupMember } from '@shared/contract/groups'
import type { RequestOf } from '@shared/contract'
import { api, unwrap } from '../api'
import { usePoolList } from '../composables/usePoolList'

export type GroupSettings = RequestOf<'groups', 'create'>

export const useGroupsStore = defineStore('groups', () => {
  const {
    items: groups,
    poolId,
    loading,
    load
  } = usePoolList(async (pool) => (await unwrap(api().groups.list({ poolId: pool }))).groups)

  /** The group whose members are shown, with the pages read so far. */
  const membersOf = ref<string | null>(null)
  const members = ref<GroupMember[]>([])
  const membersToken = ref<string | undefined>(undefined)
  const membersLoading = ref(false)

  async function create(settings: GroupSettings): Promise<void> {
    await unwrap(api().groups.create(settings))
    await load(settings.poolId)
  }

  async function update(settings: GroupSettings): Promise<void> {
    await unwrap(api().groups.update(settings))
    await load(settings.poolId)
  }

  async function remove(pool: string, name: string): Promise<void> {
    await unwrap(api().groups.delete({ poolId: pool, name }))
    groups.value = groups.value.filter((g) => g.name !== name)
  }

  async function loadMembers(pool: string, name: string, more = false): Promise<void> {
    if (!more || membersOf.value !== name) {
      membersOf.value = name
      members.value = []
      membersToken.value = undefined
    }
    membersLoading.value = true
    try {
      const page = await unwrap(
        api().groups.members({
          poolId: pool,
          name,
          ...(more && membersToken.value ? { nextToken: membersToken.value } : {})
        })
      )
      members.value = [...members.value, ...page.members]
      membersToken.value = page.nextToken
    } finally {
      membersLoading.value = false
    }
  }

  /** Joins go through the users' channel, which also keeps the pool index (and the users table) in step. */
  async function addMember(pool: string, name: string, username: string): Promise<void> {
    await unwrap(api().users.addToGroup({ poolId: pool, group: name, username }))
    await loadMembers(pool, name)
  }

  async function removeMember(pool: string, name: string, username: string): Promise<void> {
    await unwrap(api().users.removeFromGroup({ poolId: pool, group: name, username }))
    members.value = members.value.filter((m) => m.username !== username)
  }

  return {
    groups,
    poolId,
    loading,
    membersOf,
    members,
    membersToken,
    membersLoading,
    load,
    create,
    update,
    remove,
    loadMembers,
    addMember,
    removeMember
  }
})
