using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pledgewatch.Storage.Entities;

namespace Pledgewatch.Storage.Schema;

internal sealed class ProgressUpdateConfiguration : IEntityTypeConfiguration<ProgressUpdateEntity>
{
    public void Configure(EntityTypeBuilder<ProgressUpdateEntity> e)
    {
        e.ToTable("progress_updates");
        e.HasIndex(u => u.ProjectId);
        e.HasOne<ProjectEntity>().WithMany().HasForeignKey(u => u.ProjectId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<PhotoEntity>().WithMany().HasForeignKey(u => u.PhotoId).OnDelete(DeleteBehavior.Restrict);
    }
}
