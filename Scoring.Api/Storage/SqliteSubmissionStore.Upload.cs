using System.Security.Cryptography;
using Dapper;
using Microsoft.Data.Sqlite;
using Scoring.Api.Spreadsheets;
using Scoring.Engine.Criteria;
using Scoring.Engine.Submissions;
using Scoring.Rules.Compilation;

namespace Scoring.Api.Storage;

public sealed partial class SqliteSubmissionStore
{
    private const string NextSeq = "SELECT COALESCE(MAX(seq), 0) + 1 FROM revisions WHERE submission_id = @Id";

    private const string InsertRevision = """
        INSERT INTO revisions (submission_id, seq, file_name, sha256, bytes, accepted, late, answers_json, errors_json, uploaded_at, uploaded_by)
        VALUES (@SubmissionId, @Seq, @FileName, @Sha256, @Bytes, @Accepted, @Late, @AnswersJson, @ErrorsJson, @At, @Actor)
        RETURNING id
        """;

    /// <inheritdoc/>
    public async Task<UploadResult> UploadAsync(string agency, int year, CompiledCriteria criteria, byte[] bytes, string fileName, string actor, CancellationToken ct)
    {
        var version = criteria.Version;
        if (year is < 2000 or > 2100)
        {
            return NotStored(fileName, $"Năm {year} không hợp lệ: cần năm từ 2000 đến 2100.");
        }
        var frozen = await criteriaStore.FreezeAsync(criteria, actor, ct).ConfigureAwait(false);
        if (!frozen.Ok)
        {
            return NotStored(fileName, frozen.Problem!);
        }
        var registry = await agencyStore.CurrentAsync(ct).ConfigureAwait(false);
        if (!registry.ContainsKey(agency))
        {
            return NotStored(fileName, $"Mã đơn vị \"{agency}\" không có trong danh sách đơn vị: hãy kiểm tra lại mã, hoặc nhập danh sách đơn vị trước (agencies import).");
        }
        var read = WorkbookReader.Read(bytes, fileName, criteria, registry);
        var problems = new List<Problem>(read.Problems);
        if (read.Stamp is { IsAppraisal: true })
        {
            problems.Insert(0, new Problem(fileName, null,
                "Tệp là bảng thẩm định, không phải bảng tự chấm điểm: kết quả thẩm định được nhập bằng chức năng thẩm định. Đơn vị hãy nộp bảng tự chấm điểm."));
        }
        if (read.Submission is { } parsed && parsed.AgencyCode != agency)
        {
            var (row, column) = TemplateLayout.AgencyCode;
            problems.Add(new Problem(TemplateLayout.Where(fileName, row, column), null,
                $"Tệp ghi mã đơn vị \"{parsed.AgencyCode}\", nhưng đang nộp cho đơn vị \"{agency}\": cần đúng mã đơn vị nộp bài."));
        }
        var now = database.Clock.GetUtcNow();
        var late = UploadDeadline.IsLate(version.Uploads, year, now);
        if (late && version.Uploads.Late == LatePolicy.Refuse)
        {
            problems.Add(new Problem(fileName, null, UploadDeadline.Refusal(version, year, now)));
        }
        var upload = new Upload(agency, year, version.Id, fileName, bytes, Convert.ToHexStringLower(SHA256.HashData(bytes)), read.Submission, problems, late, actor);
        return await WriteTransaction.RunAsync(database, (c, tx) => StoreAsync(c, tx, upload, ct), ct).ConfigureAwait(false);
    }

    /// <summary>Stores the revision with the next seq, inside the write lock, and moves the state when it is accepted.</summary>
    private async Task<UploadResult> StoreAsync(SqliteConnection c, SqliteTransaction tx, Upload u, CancellationToken ct)
    {
        var at = database.Now();
        var submission = await FindAsync(c, tx, u.Agency, u.Year, u.CriteriaId, ct).ConfigureAwait(false)
            ?? await CreateAsync(c, tx, u.Agency, u.Year, u.CriteriaId, at, u.Actor, ct).ConfigureAwait(false);
        var problems = u.Problems.ToList();
        if (SubmissionStates.IsClosed(submission.State))
        {
            problems.Insert(0, new Problem(u.FileName, null,
                $"Đã khóa {Describe(u.Agency, u.Year, u.CriteriaId)} (trạng thái: {SubmissionStates.Label(submission.State)}): không nhận thêm tệp. Tệp được lưu lại nhưng không được dùng."));
        }
        var accepted = problems.Count == 0 && u.Submission is not null;
        var seq = await c.ExecuteScalarAsync<long>(new CommandDefinition(NextSeq, new { submission.Id }, tx, cancellationToken: ct)).ConfigureAwait(false);
        var id = await c.ExecuteScalarAsync<long>(new CommandDefinition(InsertRevision, new
        {
            SubmissionId = submission.Id, Seq = seq, u.FileName, u.Sha256, u.Bytes, Accepted = accepted ? 1 : 0, Late = u.Late ? 1 : 0,
            AnswersJson = accepted ? SubmissionJson.Write(u.Submission!) : null,
            ErrorsJson = accepted ? null : ProblemJson.Write(problems),
            At = at, u.Actor,
        }, tx, cancellationToken: ct)).ConfigureAwait(false);
        var state = submission.State;
        if (accepted && state != SubmissionStates.Submitted)
        {
            await MoveAsync(c, tx, submission, SubmissionStates.Submitted, at, u.Actor, $"Lần nộp {seq} được nhận", ct).ConfigureAwait(false);
            state = SubmissionStates.Submitted;
        }
        var file = $"tệp {u.FileName} ({u.Bytes.Length} byte, SHA-256 {u.Sha256[..12]})";
        var detail = accepted
            ? $"Nộp lần {seq} {Describe(u.Agency, u.Year, u.CriteriaId)}: {file} được nhận{(u.Late ? ", nộp muộn" : "")}; "
                + $"trạng thái {SubmissionStates.Label(submission.State)} → {SubmissionStates.Label(state)}."
            : $"Nộp lần {seq} {Describe(u.Agency, u.Year, u.CriteriaId)}: {file} bị từ chối, {problems.Count} lỗi; lỗi đầu: {problems.FirstOrDefault()}";
        await AuditLog.WriteAsync(c, tx, at, u.Actor, accepted ? "submission.upload" : "submission.reject", u.Agency, null, detail, ct).ConfigureAwait(false);
        return new UploadResult(id, (int)seq, accepted, u.Late, problems);
    }

    /// <summary>A refusal before anything could be stored (criteria or agency unknown): no revision, seq 0.</summary>
    private static UploadResult NotStored(string fileName, string message) => new(0, 0, false, false, [new Problem(fileName, null, message)]);

    private sealed record Upload(string Agency, int Year, string CriteriaId, string FileName, byte[] Bytes, string Sha256,
        Submission? Submission, IReadOnlyList<Problem> Problems, bool Late, string Actor);
}
