using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pledgewatch.Storage.Entities;

namespace Pledgewatch.Storage.Schema;

internal sealed class FeedbackConfiguration : IEntityTypeConfiguration<FeedbackEntity>
{
    public void Configure(EntityTypeBuilder<FeedbackEntity> e)
    {
        e.ToTable("feedback");
        e.HasIndex(f => new { f.ProjectId, f.Status });
        e.HasOne<ProjectEntity>().WithMany().HasForeignKey(f => f.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}
