using Microsoft.EntityFrameworkCore;
using Pledgewatch.Extraction;
using Pledgewatch.Storage.Entities;

namespace Pledgewatch.Storage;

/// <summary>The one schema, on SQLite or PostgreSQL (migrations in Pledgewatch.Storage.Sqlite and .Postgres).</summary>
public sealed class PledgewatchDb(DbContextOptions<PledgewatchDb> options) : DbContext(options)
{
    public DbSet<RegionEntity> Regions => Set<RegionEntity>();

    public DbSet<DocumentEntity> Documents => Set<DocumentEntity>();

    public DbSet<ClaimEntity> Claims => Set<ClaimEntity>();

    public DbSet<ClaimCorrectionEntity> ClaimCorrections => Set<ClaimCorrectionEntity>();

    public DbSet<IndicatorEntity> Indicators => Set<IndicatorEntity>();

    public DbSet<IndicatorAliasEntity> IndicatorAliases => Set<IndicatorAliasEntity>();

    public DbSet<UserEntity> Users => Set<UserEntity>();

    public DbSet<BallotEntity> Ballots => Set<BallotEntity>();

    public DbSet<CandidateEntity> Candidates => Set<CandidateEntity>();

    public DbSet<DeputyEntity> Deputies => Set<DeputyEntity>();

    public DbSet<VoteReceiptEntity> VoteReceipts => Set<VoteReceiptEntity>();

    public DbSet<CastPaperEntity> CastPapers => Set<CastPaperEntity>();

    public DbSet<AuditEntryEntity> AuditLog => Set<AuditEntryEntity>();

    public DbSet<ProjectEntity> Projects => Set<ProjectEntity>();

    public DbSet<MilestoneEntity> Milestones => Set<MilestoneEntity>();

    public DbSet<ProgressUpdateEntity> ProgressUpdates => Set<ProgressUpdateEntity>();

    public DbSet<PhotoEntity> Photos => Set<PhotoEntity>();

    public DbSet<ProjectClaimEntity> ProjectClaims => Set<ProjectClaimEntity>();

    public DbSet<FeedbackEntity> Feedback => Set<FeedbackEntity>();

    public DbSet<ProposalEntity> Proposals => Set<ProposalEntity>();

    public DbSet<StoreStampEntity> StoreStamps => Set<StoreStampEntity>();

    public DbSet<FollowEntity> Follows => Set<FollowEntity>();

    public DbSet<NoticeEntity> Notices => Set<NoticeEntity>();

    public DbSet<MailEntity> Mail => Set<MailEntity>();

    public DbSet<SuggestionEntity> Suggestions => Set<SuggestionEntity>();

    public DbSet<CitizenCaseEntity> CitizenCases => Set<CitizenCaseEntity>();

    public DbSet<ConsultationEntity> Consultations => Set<ConsultationEntity>();

    /// <summary>Saves, linking new audit lines onto the chain first (in a transaction of its own when the caller has none).</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var lines = ChangeTracker.Entries<AuditEntryEntity>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        if (lines.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        if (Database.CurrentTransaction is not null)
        {
            await AuditChain.LinkAsync(this, lines, cancellationToken);
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        await using var tx = await Database.BeginTransactionAsync(cancellationToken);
        await AuditChain.LinkAsync(this, lines, cancellationToken);
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return saved;
    }

    /// <summary>Audit lines need the chain's head, which is read asynchronously: the synchronous save refuses them.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        ChangeTracker.Entries<AuditEntryEntity>().Any(e => e.State == EntityState.Added)
            ? throw new InvalidOperationException("audit lines are saved with SaveChangesAsync, which links them onto the chain")
            : base.SaveChanges(acceptAllChangesOnSuccess);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<ClaimKind>().HaveConversion<ContractConversions.KindConverter>();
        configurationBuilder.Properties<Measure>().HaveConversion<ContractConversions.MeasureConverter>();
        configurationBuilder.Properties<Bound>().HaveConversion<ContractConversions.BoundConverter>();
        configurationBuilder.Properties<Voting.BallotKind>().HaveConversion<ContractConversions.BallotKindConverter>();
        configurationBuilder.Properties<global::Pledgewatch.Tracking.DocumentType>().HaveConversion<ContractConversions.DocumentTypeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // One configuration class per entity, in Schema/.
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PledgewatchDb).Assembly);
    }
}
