-- Guides for families: one page for each stage of the criminal justice journey, written by staff
-- in Markdown. Every change is a new version with its author and date; older versions are kept.
-- "Was this page useful?" answers are counted per guide, with nothing about who answered.

create table dir_guide (
    id              uuid primary key,
    slug            text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title           text not null check (btrim(title) <> ''),
    summary         text not null default '',
    position        integer not null,
    current_version integer not null check (current_version >= 1),
    status          text not null default 'published' check (status in ('published', 'archived')),
    version         bigint not null default 0
);
create index dir_guide_position on dir_guide (position, title);

-- Each saved version of a guide. The author is a staff user (author_id) or, for the starting
-- content, the service itself (no author_id).
create table dir_guide_version (
    guide_id       uuid not null references dir_guide (id),
    version_number integer not null check (version_number >= 1),
    title          text not null check (btrim(title) <> ''),
    summary        text not null default '',
    body           text not null check (btrim(body) <> ''),
    author_name    text not null,
    author_id      uuid,
    created_at     timestamptz not null default now(),
    change_note    text,
    primary key (guide_id, version_number)
);

-- Counts only: no time, no session, no address, nothing that could identify who answered.
create table dir_guide_feedback (
    guide_id   uuid primary key references dir_guide (id),
    useful_yes bigint not null default 0 check (useful_yes >= 0),
    useful_no  bigint not null default 0 check (useful_no >= 0)
);

insert into dir_guide (id, slug, title, summary, position, current_version) values
    ('6e1d3b20-0000-4000-8000-000000000001', 'arrest', 'When someone is arrested',
     'What happens at the police station, what you can do, and where to get help in the first hours.', 10, 1),
    ('6e1d3b20-0000-4000-8000-000000000002', 'court-and-sentence', 'Court and sentence',
     'Going to court, what the different outcomes mean, and support on the day of sentence.', 20, 1),
    ('6e1d3b20-0000-4000-8000-000000000003', 'first-days', 'The first days of a sentence',
     'What happens when someone goes to prison, how they will contact you, and looking after yourself.', 30, 1),
    ('6e1d3b20-0000-4000-8000-000000000004', 'finding-someone', 'Finding out where someone is held',
     'How to find out which prison someone is in, and how to get in touch with them.', 40, 1),
    ('6e1d3b20-0000-4000-8000-000000000005', 'visiting', 'Visiting someone in prison',
     'Booking a visit, what to take, what happens on the day, and help with the cost.', 50, 1),
    ('6e1d3b20-0000-4000-8000-000000000006', 'telling-the-children', 'Telling the children',
     'How to talk to children about a parent or relative in prison, and who can help them.', 60, 1),
    ('6e1d3b20-0000-4000-8000-000000000007', 'money-benefits-housing', 'Money, benefits and housing',
     'Keeping your income and your home when someone in your household goes to prison.', 70, 1),
    ('6e1d3b20-0000-4000-8000-000000000008', 'preparing-for-release', 'Preparing for release',
     'What release on licence means, planning where someone will live, and getting ready as a family.', 80, 1);

insert into dir_guide_feedback (guide_id)
select id from dir_guide;

insert into dir_guide_version (guide_id, version_number, title, summary, body, author_name, change_note)
select id, 1, title, summary, trim(both E'\n' from content.body), 'Family Matters', 'First version'
from dir_guide join (values
('arrest', $md$
Finding out that someone close to you has been arrested is a shock. You may feel frightened, angry, ashamed or all of these at once. That is normal. This page explains what usually happens next and what you can do.

## What happens at the police station

The police can usually keep someone for up to 24 hours before they must charge them or let them go. For some serious offences they can keep them longer.

While they are held, the person has the right to:

- free legal advice from a solicitor
- have someone told where they are
- see a doctor if they need one

You cannot usually visit someone at the police station, and the police may not tell you much. Ask them whether the person has a solicitor, and ask for the solicitor's name so that you can contact them.

## What can happen next

After questioning, the police may:

1. let the person go with no further action
2. release them while they carry on investigating
3. release them on bail, with a date to come back
4. charge them, and either release them on bail or keep them in custody to go to court, usually the next day

## What you can do now

- Write down what you know: the police station, the names and numbers you are given, and any dates.
- If the police searched your home or took belongings, ask for a list of what was taken.
- If you have children, think about what to tell them. Our guide [Telling the children](/guides/telling-the-children) can help.
- Look after yourself. You do not have to cope alone.

## Who can help

- [Find support for advice and information](/support?need=5c0f3a52-6e0b-4f4b-9d4a-000000000114) about what happens next.
- [Find a helpline](/support?need=5c0f3a52-6e0b-4f4b-9d4a-000000000110) if you want to talk to someone. The [Action for Prisoners' and Offenders' Families](/support/8a3d2c10-0000-4000-8000-000000000101) programme runs a free helpline for families.
- If a child is in danger, call 999.

Next: [Court and sentence](/guides/court-and-sentence).
$md$),
('court-and-sentence', $md$
Court can be confusing and upsetting, especially if you have never been before. You are allowed to go, and you do not have to go alone.

## Which court

Almost every case starts at a magistrates' court. More serious cases are sent to the Crown Court, where a judge and sometimes a jury hear them. Cases for people under 18 are heard in a youth court, which the public cannot usually attend.

Between hearings, the court decides whether the person waits at home on bail or in prison on remand.

## Going to court

- Most hearings are open to the public. You can sit in the public gallery.
- Arrive early. There are security checks at the entrance.
- Hearings often start later than planned, and some are put off to another day.
- You cannot talk to the person in the dock, but their solicitor may be able to pass on a message.

## Sentence

If the person pleads guilty or is found guilty, the court passes a sentence. This may happen on the same day or weeks later, after probation writes a report for the court.

A sentence may be a fine, a community order, a suspended sentence, or time in prison. If the sentence is prison, the person is usually taken straight from court. You may not get the chance to say goodbye. It can help to agree beforehand who will look after children, pets and bills if that happens.

## Support at court

In the Crown Courts of the Thames Valley, volunteers from [Family Matters court desks](/support/8a3d2c10-0000-4000-8000-000000000106) meet families on the day of sentence. They can explain what happens next, give you information to take away and, if you want, put you in touch with a support worker.

## Who can help

- [Find support at court](/support?need=5c0f3a52-6e0b-4f4b-9d4a-000000000108).
- [Find advice and information](/support?need=5c0f3a52-6e0b-4f4b-9d4a-000000000114).

Next: [The first days of a sentence](/guides/first-days).
$md$),
('first-days', $md$
The first days after someone goes to prison are often the hardest, for them and for you. This page explains what usually happens and how you can stay in touch.

## What happens in prison

From court, the person is taken to a prison near the court. They may be moved to another prison later.

On their first night they see staff who check their health, their safety and whether there is anyone they need to contact, such as family or people who care for their children.

## Hearing from them

You cannot phone someone in prison. They phone you, once the prison has set up their phone account and approved the numbers they want to call. This can take a few days. A first call may be short.

You can write to them straight away. Put their full name, their prison number if you know it, and the prison's address on the envelope.

## If you are worried about their safety

If you think the person is at risk of harming themselves, or is being harmed, contact the prison and ask for the safer custody team. Say who you are and why you are worried. You do not need to wait.

## Looking after yourself

- It is normal to feel grief, anger, relief, shame or all of these.
- Keep a note of dates, names and numbers in one place.
- Tell someone you trust how you are feeling.
- You may need to sort out money, housing and childcare quickly. Our guide [Money, benefits and housing](/guides/money-benefits-housing) can help.

## Who can help

- [Find someone to talk to](/support?need=5c0f3a52-6e0b-4f4b-9d4a-000000000110) on a helpline.
- [Find support for your mental health](/support?need=5c0f3a52-6e0b-4f4b-9d4a-000000000105) and wellbeing.
- The Prison Reform Trust's [Advice and Information Service](/support/8a3d2c10-0000-4000-8000-000000000104) answers questions about prison life, rules and rights.

Next: [Finding out where someone is held](/guides/finding-someone).
$md$),
('finding-someone', $md$
Not knowing where someone is can be very worrying. There are several ways to find out.

## Ask the people who know

- **The person themselves.** Most people contact their family within a few days, by phone or letter.
- **Their solicitor.** The solicitor usually knows which prison the person was taken to from court.
- **A court desk volunteer.** If the person was sentenced at a Crown Court in the Thames Valley, [Family Matters court desks](/support/8a3d2c10-0000-4000-8000-000000000106) may be able to help on the day.

## Ask the prison service

The prison service can find out where someone is held. It will ask the person in prison whether they agree before it tells you. Search GOV.UK for "find a prisoner" to see how to ask.

Some people choose not to tell family where they are. That can be very hard. A support worker can help you think about what to do next.

## Once you know the prison

- Write a letter with their name, their prison number if you know it, and the prison's address.
- Find out how to book a visit. Our guide [Visiting someone in prison](/guides/visiting) explains how.
- Ask the person to add your number to their approved phone list.

## If they have been moved

People are often moved between prisons, especially in the first weeks after sentence. They should tell you, but letters can cross. If a letter comes back, ask the prison service again.

## Who can help

- [Find advice and information](/support?need=5c0f3a52-6e0b-4f4b-9d4a-000000000114).
- [Find a helpline](/support?need=5c0f3a52-6e0b-4f4b-9d4a-000000000110).

Next: [Visiting someone in prison](/guides/visiting).
$md$),
('visiting', $md$
Visits help people in prison and their families stay close. They can also feel daunting the first time. This page explains what to expect.

## Booking a visit

- The person in prison has to agree to the visit. They add you to their list of visitors.
- Each prison has its own way to book: online, by phone or in person. Ask the prison or its visitors' centre.
- People on remand can usually have more visits than people who have been sentenced.
- Some prisons also offer video calls, and family days when children can spend longer with their parent.

## What to take

- Photo identification, such as a passport or driving licence. Check with the prison what it accepts.
- Some money for a locker and for the café, if there is one.
- As little else as possible. You usually cannot take phones, bags or gifts into the visits hall.

## On the day

- Arrive early. Many prisons have a visitors' centre where you can wait, get information and talk to staff.
- Everyone is searched, including children. A dog may be used to check for drugs.
- Children under 18 must come with an adult.
- Visits are usually one to two hours, in a hall with other families.

## Help with the cost

Travelling to a prison can be expensive. If you are on a low income, you may be able to get help with the cost of travel to visits. Ask at the visitors' centre, or search GOV.UK for "help with prison visits".

## After the visit

Visits can bring up strong feelings, for adults and children. Give yourselves time afterwards.

## Who can help

- [Find support with prison visits](/support?need=5c0f3a52-6e0b-4f4b-9d4a-000000000109), including visitors' centres.
- [Find support with parenting and family relationships](/support?need=5c0f3a52-6e0b-4f4b-9d4a-000000000112).

Next: [Telling the children](/guides/telling-the-children).
$md$),
('telling-the-children', $md$
Deciding what to tell children about a parent or relative in prison is one of the hardest things families face. There is no perfect way, but there are things that help.

## Why honesty helps

Children often know more than adults think. They overhear conversations, see the news or hear things at school. If they are not told, they may imagine something worse, or believe it is their fault.

You do not have to tell them everything at once. Tell them the truth in words that fit their age, and let them ask questions.

## What to say

- Where the person is, and that they are safe.
- That it is not the child's fault.
- That the person still loves them.
- What will happen next: who will look after them, and when they might see or hear from the person.

Young children need short, simple answers. Older children may want to know more, and may want to talk about it with someone outside the family.

## Keeping in touch

Letters, drawings, phone calls and visits all help children stay close. Many prisons have family days for children to spend more time with their parent.

## Telling the school

Children spend most of their day at school, but schools often do not know when a parent goes to prison. If you tell someone you trust at the school, such as the class teacher or the person who leads on safeguarding, they can watch for changes in how the child is coping and give them support. It is your choice what to share.

## Who can help

- [Find support for children and young people](/support?need=5c0f3a52-6e0b-4f4b-9d4a-000000000111).
- [Find support with parenting and family relationships](/support?need=5c0f3a52-6e0b-4f4b-9d4a-000000000112).
- [Find support for feeling isolated or judged](/support?need=5c0f3a52-6e0b-4f4b-9d4a-000000000106).

Next: [Money, benefits and housing](/guides/money-benefits-housing).
$md$),
('money-benefits-housing', $md$
When someone goes to prison, their income usually stops. If they lived with you, your household's money and your home may be affected quickly. Act early: it is easier to sort things out before debts build up.

## Benefits

- If you get benefits, tell the office that pays them that your circumstances have changed. If you had a joint claim, you may need to make a new claim on your own.
- You may be able to get more help than before, for example if you are now the only adult caring for children.
- Ask for advice before you stop or change a claim if you are not sure what to do.

## Council Tax

If you now live alone, or with no other adult who counts for Council Tax, you may be able to get a discount. Tell your council.

## Your home

- If the tenancy or mortgage is in the name of the person in prison, talk to your landlord, housing association or lender as soon as you can.
- You may be able to take over the tenancy, or get help with rent in your own name.
- The person in prison may be able to get help to keep their home for a short time. They can ask the prison's housing or resettlement staff.

## Debts and bills

- Do not ignore letters. Contact the people you owe, explain what has happened and ask for time.
- Free, independent debt advice is available. You do not need to pay anyone to help you.
- Keep a list of the bills that were in the other person's name.

## Who can help

- [Find support with money and debt](/support?need=5c0f3a52-6e0b-4f4b-9d4a-000000000101).
- [Find support with housing](/support?need=5c0f3a52-6e0b-4f4b-9d4a-000000000107).
- [Find advice and information](/support?need=5c0f3a52-6e0b-4f4b-9d4a-000000000114).

Next: [Preparing for release](/guides/preparing-for-release).
$md$),
('preparing-for-release', $md$
Release can bring relief and hope, and also worry. Planning ahead, as a family, makes it easier for everyone.

## When someone is released

Most people are released part way through their sentence. They spend the rest of it in the community "on licence", supervised by a probation officer. The prison or the probation service can tell the person their release date.

Some people are released earlier on a curfew, wearing an electronic tag. For this they need a suitable address, and probation may check the home first.

## Licence conditions

A licence has conditions the person must keep to, such as where they live, meeting their probation officer, and sometimes who they may contact. If they break the conditions, they can be sent back to prison.

If a condition affects your family, for example where they may live or contact with children, ask the probation officer to explain it.

## Where they will live

Having somewhere to live is one of the most important things for a good start. If the person is coming home to you:

- talk honestly about whether it is right for your family, and for how long
- tell your landlord or housing provider, and check the tenancy allows it
- tell the office that pays your benefits, as your household will change

You do not have to agree to someone living with you. If it is not right, say so early, so that other plans can be made.

## Getting ready as a family

- Everyone will have changed. Routines, roles and children's lives will have moved on.
- Talk with children about what will happen and when.
- The first weeks can be hard. Agree who you can call if things get difficult.

## Who can help

- [Find support with release and resettlement](/support?need=5c0f3a52-6e0b-4f4b-9d4a-000000000115).
- [Find support with housing](/support?need=5c0f3a52-6e0b-4f4b-9d4a-000000000107).
- [Find support with parenting and family relationships](/support?need=5c0f3a52-6e0b-4f4b-9d4a-000000000112).

Back to [all guides](/guides).
$md$)
) as content (slug, body) on content.slug = dir_guide.slug;
