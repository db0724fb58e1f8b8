package org.disputatio.seminars.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.disputatio.evidence.RefusalProblems;
import org.disputatio.seminars.GroupService;
import org.disputatio.seminars.InvitationLinks;
import org.disputatio.seminars.Member;
import org.disputatio.shell.Refuses;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Seminar groups (issue 13 point 1): create one, list mine, invite, accept, see and change members. Every endpoint
 * needs an account (the security chain refuses anonymous calls); outsiders of a group get 404.
 */
@RestController
@RefusalProblems
class GroupsApi {

    record NewGroup(@Nullable String name) {}

    record Created(String id) {}

    record GroupJson(String id, String name, String role, long memberCount, Instant createdAt) {}

    record NewInvitation(@Nullable String role, @Nullable Integer expiresInDays) {}

    record InvitationJson(String code, String url, String role, Instant expiresAt) {}

    record InvitationListJson(
            String code, String url, String role, Instant expiresAt, String createdBy, Instant createdAt, long uses) {}

    record AcceptedJson(String groupId, String role) {}

    record MemberJson(String username, String role, Instant since) {
        static MemberJson of(Member member) {
            return new MemberJson(member.username(), member.role().apiName(), member.since());
        }
    }

    record RoleChange(@Nullable String role) {}

    private final GroupService groups;

    GroupsApi(GroupService groups) {
        this.groups = groups;
    }

    @Operation(summary = "Create a seminar group")
    @PostMapping("/api/groups")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Created> create(@RequestBody NewGroup body, Principal principal) {
        String id = groups.create(body.name(), principal.getName());
        return ResponseEntity.created(URI.create("/api/groups/" + id)).body(new Created(id));
    }

    @Operation(summary = "List the caller's groups")
    @GetMapping("/api/groups")
    List<GroupJson> mine(Principal principal) {
        return groups.mine(principal.getName()).stream()
                .map(g -> new GroupJson(g.id(), g.name(), g.role().apiName(), g.memberCount(), g.createdAt()))
                .toList();
    }

    @Operation(summary = "Read a group")
    @GetMapping("/api/groups/{groupId}")
    GroupJson group(@PathVariable String groupId, Principal principal) {
        var group = groups.group(groupId, principal.getName());
        var role = groups.roleOf(groupId, principal.getName());
        return new GroupJson(group.id(), group.name(), role.apiName(), group.memberCount(), group.createdAt());
    }

    @Operation(summary = "List a group's members with their roles")
    @GetMapping("/api/groups/{groupId}/members")
    List<MemberJson> members(@PathVariable String groupId, Principal principal) {
        return groups.members(groupId, principal.getName()).stream()
                .map(MemberJson::of)
                .toList();
    }

    @Operation(summary = "Read one member of a group")
    @GetMapping("/api/groups/{groupId}/members/{username}")
    MemberJson member(@PathVariable String groupId, @PathVariable String username, Principal principal) {
        return MemberJson.of(groups.member(groupId, username, principal.getName()));
    }

    @Refuses(value = HttpStatus.CONFLICT, when = "it would leave the group without an owner")
    @Operation(summary = "Change a member's role")
    @PutMapping("/api/groups/{groupId}/members/{username}")
    MemberJson changeRole(
            @PathVariable String groupId,
            @PathVariable String username,
            @RequestBody RoleChange body,
            Principal principal) {
        return MemberJson.of(groups.changeRole(groupId, username, body.role(), principal.getName()));
    }

    @Refuses(value = HttpStatus.CONFLICT, when = "it would leave the group without an owner")
    @Operation(summary = "Remove a member from a group")
    @DeleteMapping("/api/groups/{groupId}/members/{username}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> remove(@PathVariable String groupId, @PathVariable String username, Principal principal) {
        groups.remove(groupId, username, principal.getName());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "List a group's invitations")
    // A read refused by the group's rule, not by the URL's (ADR 044: a read declares its other statuses), with the
    // success it then needs too (springdoc adds none of its own beside a declared response).
    @ApiResponse(
            responseCode = "200",
            description = "The group's invitations.",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = InvitationListJson.class))))
    @ApiResponse(responseCode = "403", description = "Only the group's owner and instructors see its invitations.")
    @GetMapping("/api/groups/{groupId}/invitations")
    List<InvitationListJson> invitations(@PathVariable String groupId, Principal principal) {
        return groups.invitations(groupId, principal.getName()).stream()
                .map(i -> new InvitationListJson(
                        i.code(),
                        joinUrl(i.code()),
                        i.role().apiName(),
                        i.expiresAt(),
                        i.createdBy(),
                        i.createdAt(),
                        i.uses()))
                .toList();
    }

    @Operation(summary = "Create an invitation code for a group")
    @PostMapping("/api/groups/{groupId}/invitations")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<InvitationJson> invite(
            @PathVariable String groupId, @RequestBody NewInvitation body, Principal principal) {
        var invitation = groups.invite(groupId, body.role(), body.expiresInDays(), principal.getName());
        return ResponseEntity.created(URI.create("/api/invitations/" + invitation.code()))
                .body(new InvitationJson(
                        invitation.code(),
                        joinUrl(invitation.code()),
                        invitation.role().apiName(),
                        invitation.expiresAt()));
    }

    @Refuses(value = HttpStatus.GONE, when = "the invitation has expired")
    @Operation(summary = "Join a group with an invitation code")
    @PostMapping("/api/invitations/{code}/accept")
    AcceptedJson accept(@PathVariable String code, Principal principal) {
        var joined = groups.accept(code, principal.getName());
        return new AcceptedJson(joined.groupId(), joined.role().apiName());
    }

    private static String joinUrl(String code) {
        return InvitationLinks.url(code);
    }
}
