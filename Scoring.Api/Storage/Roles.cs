namespace Scoring.Api.Storage;

/// <summary>The roles a token can carry.</summary>
public static class Roles
{
    /// <summary>Administrator: everything, including tokens.</summary>
    public const string Admin = "admin";

    /// <summary>Home Affairs staff (Nội vụ): track, appraise, run, publish, report.</summary>
    public const string Staff = "staff";

    /// <summary>Auditor (thanh tra): read and replay, never write.</summary>
    public const string Auditor = "auditor";

    /// <summary>An agency: its own submissions only.</summary>
    public const string Agency = "agency";

    /// <summary>Every role.</summary>
    public static IReadOnlyList<string> All { get; } = [Admin, Staff, Auditor, Agency];

    /// <summary>The role's name for people.</summary>
    public static string Label(string role) => role switch
    {
        Admin => "Quản trị",
        Staff => "Cán bộ Nội vụ",
        Auditor => "Thanh tra, kiểm tra",
        _ => "Đơn vị",
    };
}
