using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pledgewatch.Storage.Entities;

namespace Pledgewatch.Storage.Schema;

internal sealed class ConsultationConfiguration : IEntityTypeConfiguration<ConsultationEntity>
{
    public void Configure(EntityTypeBuilder<ConsultationEntity> e)
    {
        e.ToTable("consultations");
        e.Property(c => c.Version).IsConcurrencyToken();
        e.HasOne<RegionEntity>().WithMany().HasForeignKey(c => c.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}
