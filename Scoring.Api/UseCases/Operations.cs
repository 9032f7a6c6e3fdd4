using Scoring.Api.Attachments;
using Scoring.Api.Runs;
using Scoring.Api.Storage;
using Scoring.Engine.Workflow;

namespace Scoring.Api.UseCases;

/// <summary>Every operation of the shell over one store, made in one place: the API, the pages, the CLI and the sample seeder call these
/// and only render what they return.</summary>
public sealed class Operations
{
    /// <summary>The operations over a store; <paramref name="quota"/> bounds what one agency may store per year (default
    /// <see cref="RevisionQuota.Default"/>), <paramref name="evidence"/> its evidence files (default <see cref="EvidenceLimits.Default"/>).</summary>
    public Operations(Store store, RevisionQuota? quota = null, EvidenceLimits? evidence = null)
    {
        Criteria = new FrozenCriteria(store);
        Runs = new RunService(Criteria, store.Submissions, store.Runs);
        History = new ReadHistory(store, Criteria);
        Upload = new UploadSubmission(store, Criteria, quota ?? RevisionQuota.Default);
        Withdraw = new WithdrawSubmission(store);
        Attach = new AttachEvidence(store, Criteria, evidence ?? EvidenceLimits.Default);
        Lock = new LockYear(store);
        Reopen = new ReopenYear(store);
        Appraise = new AppraiseItem(store, Criteria);
        AppraiseWorkbook = new AppraiseWorkbook(store, Criteria);
        AppraiseItems = new AppraiseItems(store, Criteria);
        CreateRun = new CreateRun(store, Criteria);
        Publish = new PublishRun(store);
        Report = new RunReportFile(store, Runs, History);
        ImportAgencies = new ImportAgencies(store, Criteria);
        SignIn = new SignIn(store);
        Accounts = new Accounts(store);
        Records = new ReadRecords(store);
        KeptAnswers = new KeptAnswers(store);
        Tracker = new ReadTracker(store);
        AgencyYear = new ReadAgencyYear(store, Criteria);
        IssueWorkbook = new IssueWorkbook(Records, AgencyYear);
        RankedTable = new ReadRankedTable(store, Criteria, History);
    }

    /// <summary>A run compared with last year, and an agency's results over the years.</summary>
    public ReadHistory History { get; }

    /// <summary>The self-scoring workbook of a version for a group or an agency.</summary>
    public IssueWorkbook IssueWorkbook { get; }

    /// <summary>First answers of requests made with an Idempotency-Key.</summary>
    public KeptAnswers KeptAnswers { get; }

    /// <summary>Stored records as they are.</summary>
    public ReadRecords Records { get; }

    /// <summary>Check a sign-in code.</summary>
    public SignIn SignIn { get; }

    /// <summary>Issue, list, revoke and renew sign-in codes (administrators).</summary>
    public Accounts Accounts { get; }

    /// <summary>Who has submitted a year.</summary>
    public ReadTracker Tracker { get; }

    /// <summary>One agency's year: submission, uploads, lock and scores.</summary>
    public ReadAgencyYear AgencyYear { get; }

    /// <summary>The ranked table of a run, or the official answer.</summary>
    public ReadRankedTable RankedTable { get; }

    /// <summary>The store file used when none is named, relative to the working directory.</summary>
    public const string DefaultStorePath = Database.DefaultPath;

    /// <summary>The operations over the store in a file (created and migrated as needed), for the command line; a PostgreSQL connection
    /// string ("Host=…;Database=…") opens that store instead.</summary>
    public static async Task<Operations> OpenAsync(string path, CancellationToken ct) =>
        new(await Store.OpenAsync(path.Contains("Host=", StringComparison.OrdinalIgnoreCase) ? Database.ForPostgres(path) : Database.ForFile(path), ct)
            .ConfigureAwait(false));

    /// <summary>Criteria versions frozen at first use and loaded by id.</summary>
    public FrozenCriteria Criteria { get; }

    /// <summary>Replay and diff of stored runs.</summary>
    public RunService Runs { get; }

    /// <summary>Upload a self-scoring workbook.</summary>
    public UploadSubmission Upload { get; }

    /// <summary>Attach an evidence file to items of a submission.</summary>
    public AttachEvidence Attach { get; }

    /// <summary>Withdraw a submission before the lock.</summary>
    public WithdrawSubmission Withdraw { get; }

    /// <summary>Lock a year's uploads.</summary>
    public LockYear Lock { get; }

    /// <summary>Reopen a locked year, with a reason.</summary>
    public ReopenYear Reopen { get; }

    /// <summary>Appraise one item.</summary>
    public AppraiseItem Appraise { get; }

    /// <summary>Appraise from an appraisal workbook.</summary>
    public AppraiseWorkbook AppraiseWorkbook { get; }

    /// <summary>Several items appraised at once from the appraisal page.</summary>
    public AppraiseItems AppraiseItems { get; }

    /// <summary>Create a draft run.</summary>
    public CreateRun CreateRun { get; }

    /// <summary>Publish a run.</summary>
    public PublishRun Publish { get; }

    /// <summary>The report workbook of a stored run.</summary>
    public RunReportFile Report { get; }

    /// <summary>Import an agency list.</summary>
    public ImportAgencies ImportAgencies { get; }
}
