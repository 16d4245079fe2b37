using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pledgewatch.Storage.Entities;

namespace Pledgewatch.Storage.Schema;

internal sealed class MilestoneConfiguration : IEntityTypeConfiguration<MilestoneEntity>
{
    public void Configure(EntityTypeBuilder<MilestoneEntity> e)
    {
        e.ToTable("milestones");
        e.HasIndex(m => m.ProjectId);
        e.HasOne<ProjectEntity>().WithMany().HasForeignKey(m => m.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}
