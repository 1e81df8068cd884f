import { Migration } from '@mikro-orm/migrations';

export class Migration20261126181518_project_data extends Migration {
  override up(): void {
    this.addSql("create type \"api_key_role\" as enum ('PARTNER', 'STAFF')");
    this.addSql("create type \"organisation_kind\" as enum ('PROJECT_OWNER', 'PARTNER', 'CO_FINANCIER', 'MAIN_FINANCIER')");
    this.addSql("create type \"region\" as enum ('SKANE', 'BLEKINGE')");
    this.addSql("create type \"financing_form\" as enum ('CASH', 'IN_KIND')");
    this.addSql("create type \"size_class\" as enum ('MICRO', 'SMALL', 'MEDIUM')");
    this.addSql("create type \"priority\" as enum ('HIGH', 'MEDIUM', 'LOW')");
    this.addSql(
      "create type \"activity_kind\" as enum ('GAP_ANALYSIS', 'COURSE', 'WORKSHOP', 'NETWORK_MEETING', 'LEADERSHIP_PROGRAMME', 'DIVERSITY_AND_INCLUSION')",
    );
    this.addSql(
      "create type \"theme\" as enum ('CIRCULAR_PRODUCTION', 'ENERGY_EFFICIENCY', 'CLIMATE_SMART_MATERIALS', 'GREEN_BUSINESS_MODELS', 'SUSTAINABLE_PRODUCTION_AND_LEAN', 'DIGITALISATION', 'LEADERSHIP_FOR_THE_TRANSITION', 'GENDER_EQUALITY_AND_INCLUSION')",
    );
    this.addSql("create type \"gender\" as enum ('WOMAN', 'MAN', 'OTHER', 'NOT_STATED')");
    this.addSql("create type \"education_level\" as enum ('ISCED_0_2', 'ISCED_3_4', 'ISCED_5_8')");
    this.addSql(
      'create table "api_key" ("id" varchar(16) not null, "name" varchar(200) not null, "role" "api_key_role" not null, "salt" varchar(64) not null, "hash" varchar(128) not null, "created_at" timestamptz not null, "revoked_at" timestamptz null, "last_used_at" timestamptz null, primary key ("id"))',
    );
    this.addSql(
      'create table "audit_entry" ("id" bigserial primary key, "at" timestamptz not null, "actor" varchar(200) not null, "action" varchar(20) not null, "entity" varchar(40) not null, "entity_id" varchar(64) null, "before" jsonb null, "after" jsonb null)',
    );
    this.addSql('create index "audit_entry_at_index" on "audit_entry" ("at")');
    this.addSql(
      'create table "organisation" ("id" serial primary key, "name" varchar(200) not null, "kind" "organisation_kind" not null, "region" "region" null)',
    );
    this.addSql('alter table "organisation" add constraint "organisation_name_unique" unique ("name")');
    this.addSql(
      'create table "financing" ("id" serial primary key, "financier_id" int not null, "amount_ore" bigint not null, "form" "financing_form" not null, "is_demo" boolean not null default true)',
    );
    this.addSql(
      'create table "company" ("id" serial primary key, "org_number" varchar(10) not null, "name" varchar(200) not null, "region" "region" not null, "municipality_code" varchar(4) not null, "sni_code" varchar(5) not null, "size_class" "size_class" not null, "joined_on" date not null, "responsible_partner_id" int not null, "is_demo" boolean not null default false)',
    );
    this.addSql('alter table "company" add constraint "company_org_number_unique" unique ("org_number")');
    this.addSql(
      'create table "gap_analysis" ("id" serial primary key, "company_id" int not null, "analysed_on" date not null, "business_goals" text not null)',
    );
    this.addSql('create index "gap_analysis_company_id_index" on "gap_analysis" ("company_id")');
    this.addSql(
      'create table "competence_shift" ("id" serial primary key, "analysis_id" int not null, "area" varchar(120) not null, "current_level" smallint not null, "target_level" smallint not null, "employees_concerned" int not null, "priority" "priority" not null)',
    );
    this.addSql('create index "competence_shift_analysis_id_index" on "competence_shift" ("analysis_id")');
    this.addSql(
      'create table "activity" ("id" serial primary key, "code" varchar(40) not null, "title" varchar(200) not null, "kind" "activity_kind" not null, "theme" "theme" not null, "provider_id" int not null, "starts_on" date not null, "ends_on" date not null, "planned_hours" numeric(7,1) not null, "course_document_id" varchar(64) null, "is_demo" boolean not null default false)',
    );
    this.addSql('alter table "activity" add constraint "activity_code_unique" unique ("code")');
    this.addSql(
      'create table "participant" ("id" serial primary key, "reference" varchar(64) not null, "company_id" int not null, "gender" "gender" not null, "birth_year" smallint not null, "education" "education_level" not null, "enrolled_on" date not null, "left_on" date null, "is_demo" boolean not null default false)',
    );
    this.addSql('alter table "participant" add constraint "participant_reference_unique" unique ("reference")');
    this.addSql('create index "participant_company_id_index" on "participant" ("company_id")');
    this.addSql('create index "participant_enrolled_on_index" on "participant" ("enrolled_on")');
    this.addSql(
      'create table "enrolment" ("id" serial primary key, "participant_id" int not null, "activity_id" int not null, "hours_attended" numeric(7,1) not null default 0, "completed" boolean not null default false)',
    );
    this.addSql('create index "enrolment_activity_id_index" on "enrolment" ("activity_id")');
    this.addSql('alter table "enrolment" add constraint "enrolment_participant_id_activity_id_unique" unique ("participant_id", "activity_id")');
    this.addSql('alter table "financing" add constraint "financing_financier_id_foreign" foreign key ("financier_id") references "organisation" ("id")');
    this.addSql(
      'alter table "company" add constraint "company_responsible_partner_id_foreign" foreign key ("responsible_partner_id") references "organisation" ("id")',
    );
    this.addSql(
      'alter table "gap_analysis" add constraint "gap_analysis_company_id_foreign" foreign key ("company_id") references "company" ("id") on delete cascade',
    );
    this.addSql(
      'alter table "competence_shift" add constraint "competence_shift_analysis_id_foreign" foreign key ("analysis_id") references "gap_analysis" ("id") on delete cascade',
    );
    this.addSql('alter table "activity" add constraint "activity_provider_id_foreign" foreign key ("provider_id") references "organisation" ("id")');
    this.addSql(
      'alter table "participant" add constraint "participant_company_id_foreign" foreign key ("company_id") references "company" ("id") on delete cascade',
    );
    this.addSql(
      'alter table "enrolment" add constraint "enrolment_participant_id_foreign" foreign key ("participant_id") references "participant" ("id") on delete cascade',
    );
    this.addSql(
      'alter table "enrolment" add constraint "enrolment_activity_id_foreign" foreign key ("activity_id") references "activity" ("id") on delete cascade',
    );
  }
}
