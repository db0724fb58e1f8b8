package org.disputatio.backup;

import java.util.List;

/**
 * What a restore wrote.
 *
 * @param nodes the nodes created or, for accounts already there, merged
 * @param relationships the relationships created
 * @param maps the ids of the maps restored, sorted
 * @param accountsWithoutPassword the accounts that came back without a password hash (a backup taken without
 *     them): they cannot sign in until an admin sets a password; sorted
 */
public record RestoreReport(int nodes, int relationships, List<String> maps, List<String> accountsWithoutPassword) {}
