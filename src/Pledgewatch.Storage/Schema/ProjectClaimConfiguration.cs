using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pledgewatch.Storage.Entities;

namespace Pledgewatch.Storage.Schema;

internal sealed class ProjectClaimConfiguration : IEntityTypeConfiguration<ProjectClaimEntity>
{
    public void Configure(EntityTypeBuilder<ProjectClaimEntity> e)
    {
        e.ToTable("project_claims");
        e.HasKey(l => new { l.ProjectId, l.ClaimId });
        e.HasOne<ProjectEntity>().WithMany().HasForeignKey(l => l.ProjectId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<ClaimEntity>().WithMany().HasForeignKey(l => l.ClaimId).OnDelete(DeleteBehavior.Cascade);
    }
}
