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
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<RegionEntity>(e =>
        {
            e.ToTable("regions");
            e.HasIndex(r => r.Code).IsUnique();
            e.HasIndex(r => new { r.Name, r.ParentId });
            e.HasOne(r => r.Parent).WithMany().HasForeignKey(r => r.ParentId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<DocumentEntity>(e =>
        {
            e.ToTable("documents");
            e.HasIndex(d => d.ContentHash).IsUnique();
            e.HasIndex(d => new { d.Key, d.Version }).IsUnique();
            e.HasIndex(d => new { d.RegionId, d.ReportYear });
            e.HasOne(d => d.Region).WithMany().HasForeignKey(d => d.RegionId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<ClaimEntity>(e =>
        {
            e.ToTable("claims");
            e.HasIndex(c => new { c.RegionId, c.Year });
            e.HasIndex(c => new { c.DocumentId, c.Ordinal }).IsUnique();
            e.HasIndex(c => c.Indicator);
            e.HasOne(c => c.Document).WithMany().HasForeignKey(c => c.DocumentId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<RegionEntity>().WithMany().HasForeignKey(c => c.RegionId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<ClaimCorrectionEntity>(e =>
        {
            e.ToTable("claim_corrections");
            e.HasIndex(c => new { c.ClaimId, c.Version }).IsUnique();
            e.HasOne(c => c.Claim).WithMany().HasForeignKey(c => c.ClaimId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<IndicatorEntity>(e =>
        {
            e.ToTable("indicators");
            e.HasIndex(i => i.Name).IsUnique();
            e.HasMany(i => i.Aliases).WithOne(a => a.Indicator).HasForeignKey(a => a.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<BallotEntity>(e =>
        {
            e.ToTable("ballots");
            e.Property(b => b.Kind).HasMaxLength(16).HasDefaultValue("vote");
            e.HasIndex(b => new { b.RegionId, b.Year });
            e.HasOne<RegionEntity>().WithMany().HasForeignKey(b => b.RegionId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<CandidateEntity>(e =>
        {
            e.ToTable("candidates");
            e.HasIndex(c => new { c.BallotId, c.Ordinal }).IsUnique();
            e.HasOne<BallotEntity>().WithMany().HasForeignKey(c => c.BallotId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<RegionEntity>().WithMany().HasForeignKey(c => c.DistrictId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<DeputyEntity>(e =>
        {
            e.ToTable("deputies");
            e.HasIndex(d => new { d.BallotId, d.Code }).IsUnique();
            e.HasIndex(d => d.UserName);
            e.HasOne<BallotEntity>().WithMany().HasForeignKey(d => d.BallotId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<VoteReceiptEntity>(e =>
        {
            e.ToTable("vote_receipts");
            e.HasIndex(r => new { r.BallotId, r.DeputyId }).IsUnique();
            e.HasIndex(r => r.SubmissionKey).IsUnique();
            e.HasOne<DeputyEntity>().WithMany().HasForeignKey(r => r.DeputyId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<CastPaperEntity>(e =>
        {
            e.ToTable("cast_papers");
            e.Property(p => p.Id).ValueGeneratedNever();
            e.HasIndex(p => p.BallotId);
            e.HasOne<BallotEntity>().WithMany().HasForeignKey(p => p.BallotId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<AuditEntryEntity>(e =>
        {
            e.ToTable("audit_log");
            e.HasIndex(a => a.Seq).IsUnique();
            e.Property(a => a.PrevHash).HasMaxLength(64);
            e.Property(a => a.Hash).HasMaxLength(64);
        });
        modelBuilder.Entity<ProjectEntity>(e =>
        {
            e.ToTable("projects");
            e.HasIndex(p => new { p.RegionId, p.Year });
            e.HasIndex(p => p.CandidateId).IsUnique();
            e.HasOne<RegionEntity>().WithMany().HasForeignKey(p => p.RegionId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<RegionEntity>().WithMany().HasForeignKey(p => p.DistrictId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<CandidateEntity>().WithMany().HasForeignKey(p => p.CandidateId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<MilestoneEntity>(e =>
        {
            e.ToTable("milestones");
            e.HasIndex(m => m.ProjectId);
            e.HasOne<ProjectEntity>().WithMany().HasForeignKey(m => m.ProjectId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ProgressUpdateEntity>(e =>
        {
            e.ToTable("progress_updates");
            e.HasIndex(u => u.ProjectId);
            e.HasOne<ProjectEntity>().WithMany().HasForeignKey(u => u.ProjectId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<PhotoEntity>().WithMany().HasForeignKey(u => u.PhotoId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<PhotoEntity>(e =>
        {
            e.ToTable("photos");
            e.Property(p => p.Id).ValueGeneratedNever();
        });
        modelBuilder.Entity<ProjectClaimEntity>(e =>
        {
            e.ToTable("project_claims");
            e.HasKey(l => new { l.ProjectId, l.ClaimId });
            e.HasOne<ProjectEntity>().WithMany().HasForeignKey(l => l.ProjectId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<ClaimEntity>().WithMany().HasForeignKey(l => l.ClaimId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ProposalEntity>(e =>
        {
            e.ToTable("proposals");
            e.HasIndex(p => new { p.RegionId, p.Year, p.Status });
            e.HasOne<RegionEntity>().WithMany().HasForeignKey(p => p.RegionId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<RegionEntity>().WithMany().HasForeignKey(p => p.DistrictId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<CandidateEntity>().WithMany().HasForeignKey(p => p.CandidateId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<FeedbackEntity>(e =>
        {
            e.ToTable("feedback");
            e.HasIndex(f => new { f.ProjectId, f.Status });
            e.HasOne<ProjectEntity>().WithMany().HasForeignKey(f => f.ProjectId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<UserEntity>(e =>
        {
            e.ToTable("users");
            e.HasIndex(u => u.Name).IsUnique();
        });
        modelBuilder.Entity<IndicatorAliasEntity>(e =>
        {
            e.ToTable("indicator_aliases");
            e.HasKey(a => a.Alias);
        });
    }
}
