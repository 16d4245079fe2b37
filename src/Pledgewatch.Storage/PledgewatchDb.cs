using Microsoft.EntityFrameworkCore;
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
