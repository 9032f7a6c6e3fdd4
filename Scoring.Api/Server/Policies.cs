using Microsoft.AspNetCore.Authorization;
using Scoring.Api.Storage;

namespace Scoring.Api.Server;

/// <summary>The authorization policies, by what a user may do.</summary>
public static class Policies
{
    /// <summary>Any signed-in user.</summary>
    public const string SignedIn = "signed-in";

    /// <summary>Read everything: admin, staff, auditor.</summary>
    public const string Read = "read";

    /// <summary>Write as Home Affairs: admin, staff.</summary>
    public const string Staff = "staff";

    /// <summary>Administration: admin.</summary>
    public const string Admin = "admin";

    /// <summary>An agency user (its own data is checked per request).</summary>
    public const string Agency = "agency";

    /// <summary>Registers the policies.</summary>
    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser());
        options.AddPolicy(Read, p => p.RequireRole(Roles.Admin, Roles.Staff, Roles.Auditor));
        options.AddPolicy(Staff, p => p.RequireRole(Roles.Admin, Roles.Staff));
        options.AddPolicy(Admin, p => p.RequireRole(Roles.Admin));
        options.AddPolicy(Agency, p => p.RequireRole(Roles.Agency));
    }
}
