using System.Globalization;
using Scoring.Api.Storage;

namespace Scoring.Api.Cli;

/// <summary><c>tokens issue|list|revoke|renew</c>: sign-in codes, on the server machine (an administrator who lost the first code issues a new
/// admin code this way). A code is printed once.</summary>
internal static class TokensCommand
{
    public const string Usage = """
        tokens issue --name <tên> --role <admin|staff|auditor|agency> [--agency <mã đơn vị>] [--expires <dd/mm/yyyy>] | tokens group --group <khối> [--expires <dd/mm/yyyy>] | tokens list | tokens revoke <số> --reason <lý do> | tokens renew <số>  (thêm --db <tệp>, --by <người làm>)
        """;

    public static int Run(IReadOnlyList<string> arguments, TextWriter output)
    {
        var args = new CliArgs(arguments);
        var ct = CancellationToken.None;
        switch (args.Positional)
        {
            case ["issue"] when args["--name"] is not null && args["--role"] is not null:
                return Issued(StoreOption.Open(args).Accounts.IssueAsync(args["--name"], args["--role"], args["--agency"], StoreOption.Actor(args), ct, args["--expires"])
                    .GetAwaiter().GetResult(), output);
            case ["group"] when args["--group"] is not null:
                var batch = StoreOption.Open(args).Accounts.IssueGroupAsync(args["--group"], StoreOption.Actor(args), ct, args["--expires"]).GetAwaiter().GetResult();
                var exit = CliApp.Print(batch, output);
                foreach (var code in batch.Value?.Codes ?? [])
                {
                    output.WriteLine($"{code.AgencyCode}\t{code.Name}\t{code.Code}");
                }
                return exit;
            case ["list"]:
                foreach (var t in StoreOption.Open(args).Accounts.ListAsync(ct).GetAwaiter().GetResult())
                {
                    output.WriteLine($"{t.Id}\t{t.Name}\t{Roles.Label(t.Role)}{(t.AgencyCode is null ? "" : " " + t.AgencyCode)}\tcấp {StoreOption.Local(t.CreatedAt)} bởi {t.CreatedBy}"
                        + (t.RevokedAt is null ? "" : $"\tđã thu hồi {StoreOption.Local(t.RevokedAt)}") + (UseCases.VietnamDays.DayOf(t.ExpiresAt) is { } last ? $"\tdùng đến hết {UseCases.VietnamDays.Text(last)}" : ""));
                }
                return CliApp.Ok;
            case ["revoke", var text] when long.TryParse(text, CultureInfo.InvariantCulture, out var id):
                return CliApp.Print(StoreOption.Open(args).Accounts.RevokeAsync(id, args["--reason"], StoreOption.Actor(args), ct).GetAwaiter().GetResult(), output);
            case ["renew", var text] when long.TryParse(text, CultureInfo.InvariantCulture, out var id):
                return Issued(StoreOption.Open(args).Accounts.RenewAsync(id, StoreOption.Actor(args), ct).GetAwaiter().GetResult(), output);
            default:
                output.WriteLine("Cách dùng: " + Usage);
                return CliApp.Usage;
        }
    }

    private static int Issued(UseCases.Outcome<UseCases.IssuedCode> outcome, TextWriter output)
    {
        var code = CliApp.Print(outcome, output);
        if (outcome.Value is { } issued)
        {
            output.WriteLine($"Mã đăng nhập (chỉ hiện một lần): {issued.Code}");
        }
        return code;
    }
}
