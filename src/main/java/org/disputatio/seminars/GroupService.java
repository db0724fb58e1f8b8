package org.disputatio.seminars;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Groups, their members and invitations (issue 13 point 1, ADR 037). Outsiders learn nothing about a group (every
 * answer is "unknown group"); inside, instructors and owners invite and change roles, nobody grants a role above
 * their own, and a group never loses its last owner. Roles are read through {@link SeminarAccess}, so admins act as
 * owners of every group.
 */
@Service
public class GroupService {

    static final int MAX_NAME_LENGTH = 120;
    static final int MIN_EXPIRY_DAYS = 1;
    static final int MAX_EXPIRY_DAYS = 90;
    /** 16 characters of 5 bits: 80 bits, beyond guessing even without the registration throttle. */
    static final int CODE_LENGTH = 16;

    private final Groups groups;
    private final SeminarAccess access;
    private final Clock clock;

    GroupService(Groups groups, SeminarAccess access, Clock clock) {
        this.groups = groups;
        this.access = access;
        this.clock = clock;
    }

    /** Creates a group whose owner is its creator; returns its id. */
    public String create(@Nullable String name, String username) {
        String checked = checkName(name);
        String id = "g-" + RandomCodes.of(12);
        groups.create(id, checked, username, clock.instant());
        return id;
    }

    /** The groups the user is in, newest first. */
    public List<GroupSummary> mine(String username) {
        return groups.mine(username);
    }

    /** The group, if the user is in it (or an admin). */
    public GroupDetails group(String groupId, @Nullable String username) {
        roleOf(groupId, username);
        return groups.group(groupId).orElseThrow(() -> new UnknownGroupException(groupId));
    }

    /** The caller's role in the group; outsiders get {@link UnknownGroupException}. */
    public GroupRole roleOf(String groupId, @Nullable String username) {
        return access.roleInGroup(groupId, username)
                .filter(role -> groups.group(groupId).isPresent())
                .orElseThrow(() -> new UnknownGroupException(groupId));
    }

    public List<Member> members(String groupId, @Nullable String username) {
        roleOf(groupId, username);
        return groups.members(groupId);
    }

    public Member member(String groupId, String member, @Nullable String username) {
        roleOf(groupId, username);
        return groups.members(groupId).stream()
                .filter(m -> m.username().equals(member))
                .findFirst()
                .orElseThrow(() -> new UnknownMemberException(member));
    }

    /** The group's invitations, for those who may invite. */
    public List<Invitation> invitations(String groupId, @Nullable String username) {
        mayManage(roleOf(groupId, username), "Only instructors and owners see the invitations.");
        return groups.invitations(groupId);
    }

    /** A new invitation to the group with a role no higher than the inviter's, valid for 1 to 90 days. */
    public Invitation invite(String groupId, @Nullable String role, @Nullable Integer expiresInDays, String username) {
        GroupRole inviter = roleOf(groupId, username);
        GroupRole invited = checkRole(role);
        if (expiresInDays == null || expiresInDays < MIN_EXPIRY_DAYS || expiresInDays > MAX_EXPIRY_DAYS) {
            throw new GroupInputException(
                    "expiresInDays",
                    "expiresInDays is a whole number of days from " + MIN_EXPIRY_DAYS + " to " + MAX_EXPIRY_DAYS + ".");
        }
        mayManage(inviter, "Only instructors and owners invite.");
        notAbove(invited, inviter, "Nobody invites to a role above their own.");
        var now = clock.instant();
        var invitation = new Invitation(
                RandomCodes.of(CODE_LENGTH),
                groupId,
                invited,
                now.plus(Duration.ofDays(expiresInDays)),
                username,
                now,
                0);
        groups.invite(invitation);
        return invitation;
    }

    /** The invitation with this code, valid or not, for the join page; empty if unknown. */
    public Optional<Invitation> invitation(String code) {
        return valid(code) ? groups.invitation(code) : Optional.empty();
    }

    /** The name of the group an invitation leads to: its holder may know it. */
    public Optional<String> groupName(Invitation invitation) {
        return groups.group(invitation.groupId()).map(GroupDetails::name);
    }

    /**
     * Checks that an invitation can still be accepted, without accepting it (registration checks this before it
     * creates the account).
     */
    public Invitation usable(@Nullable String code) {
        var invitation = (code == null ? Optional.<Invitation>empty() : invitation(code))
                .orElseThrow(UnknownInvitationException::new);
        if (invitation.expired(clock.instant())) {
            throw new ExpiredInvitationException();
        }
        return invitation;
    }

    /** Joins the group with the invitation's role; someone already in keeps the higher of both roles. */
    public Joined accept(String code, String username) {
        var invitation = usable(code);
        return groups.change(invitation.groupId(), username, clock.instant(), group -> {
                    var current = group.role(username);
                    GroupRole now = invitation.role();
                    if (current.isEmpty()) {
                        group.join(username, now);
                    } else if (invitation.role().atLeast(current.get()) && invitation.role() != current.get()) {
                        group.setRole(username, now);
                    } else {
                        now = current.get();
                    }
                    group.used(code);
                    return new Joined(invitation.groupId(), now);
                })
                .orElseThrow(UnknownInvitationException::new);
    }

    /** Changes a member's role: instructors and owners, never above their own nor for someone above them. */
    public Member changeRole(String groupId, String member, @Nullable String role, String username) {
        GroupRole actor = roleOf(groupId, username);
        GroupRole wanted = checkRole(role);
        mayManage(actor, "Only instructors and owners change roles.");
        notAbove(wanted, actor, "Nobody gives a role above their own; only owners make owners.");
        return groups.change(groupId, username, clock.instant(), group -> {
                    GroupRole current = group.role(member).orElseThrow(() -> new UnknownMemberException(member));
                    notAbove(current, actor, "An instructor cannot change an owner's role.");
                    if (current == GroupRole.OWNER && wanted != GroupRole.OWNER && group.owners() <= 1) {
                        throw new LastOwnerException();
                    }
                    group.setRole(member, wanted);
                    return member;
                })
                .map(m -> member(groupId, m, username))
                .orElseThrow(() -> new UnknownGroupException(groupId));
    }

    /** Removes a member (instructors and owners) or lets a member leave; the last owner stays. */
    public void remove(String groupId, String member, String username) {
        GroupRole actor = roleOf(groupId, username);
        boolean leaving = member.equals(username);
        if (!leaving) {
            mayManage(actor, "Only instructors and owners remove members; anyone may leave.");
        }
        groups.change(groupId, username, clock.instant(), group -> {
                    GroupRole current = group.role(member).orElseThrow(() -> new UnknownMemberException(member));
                    if (!leaving) {
                        notAbove(current, actor, "An instructor cannot remove an owner.");
                    }
                    if (current == GroupRole.OWNER && group.owners() <= 1) {
                        throw new LastOwnerException();
                    }
                    group.remove(member);
                    return member;
                })
                .orElseThrow(() -> new UnknownGroupException(groupId));
    }

    static String checkName(@Nullable String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            throw new GroupInputException("name", "A group needs a name.");
        }
        if (stripped.length() > MAX_NAME_LENGTH) {
            throw new GroupInputException("name", "A group's name has at most " + MAX_NAME_LENGTH + " characters.");
        }
        if (stripped.chars().anyMatch(Character::isISOControl)) {
            throw new GroupInputException("name", "A group's name is one line of text.");
        }
        return stripped;
    }

    static GroupRole checkRole(@Nullable String role) {
        return GroupRole.fromApiName(role == null ? "" : role)
                .orElseThrow(() -> new GroupInputException("role", "The role is owner, instructor, member or viewer."));
    }

    private static boolean valid(String code) {
        return code.length() == CODE_LENGTH && code.chars().allMatch(c -> RandomCodes.ALPHABET.indexOf(c) >= 0);
    }

    private static void mayManage(GroupRole role, String message) {
        if (!role.atLeast(GroupRole.INSTRUCTOR)) {
            throw new GroupActionDeniedException(message);
        }
    }

    private static void notAbove(GroupRole granted, GroupRole own, String message) {
        if (!own.atLeast(granted)) {
            throw new GroupActionDeniedException(message);
        }
    }
}
