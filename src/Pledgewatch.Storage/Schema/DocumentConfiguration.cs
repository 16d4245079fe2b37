using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pledgewatch.Storage.Entities;

namespace Pledgewatch.Storage.Schema;

internal sealed class DocumentConfiguration : IEntityTypeConfiguration<DocumentEntity>
{
    public void Configure(EntityTypeBuilder<DocumentEntity> e)
    {
        e.ToTable("documents");
        e.HasIndex(d => d.ContentHash).IsUnique();
        e.HasIndex(d => new { d.Key, d.Version }).IsUnique();
        e.HasIndex(d => new { d.RegionId, d.ReportYear });
        e.HasOne(d => d.Region).WithMany().HasForeignKey(d => d.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}
