import { Migration } from '@mikro-orm/migrations';

export class Migration20261126175944_initial extends Migration {
  override up(): void {
    this.addSql(
      'create table "project" ("id" serial primary key, "key" varchar(40) not null, "name" varchar(200) not null, "short_name" varchar(40) not null, "period_start" date not null, "period_end" date not null, "budget_sek" int not null, "main_financier" varchar(200) not null, "target_employees_trained" int not null, "target_companies_supported" int not null)',
    );
    this.addSql('alter table "project" add constraint "project_key_unique" unique ("key")');
  }
}
