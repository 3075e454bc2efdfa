package city.hotline.intake.service;

import java.util.Map;

import city.hotline.events.CallType;
import city.hotline.events.Category;

/**
 * The figures of one community (or street, district, city) over one period.
 *
 * @param acceptedInTime   tickets accepted within their acceptance deadline
 * @param overdue          tickets resolved after their deadline, or unresolved past it
 * @param solvedAtFollowUp tickets the caller confirmed solved at the follow-up (回访)
 * @param satisfied        follow-ups "satisfied" or "basically satisfied"
 * @param responseRate     响应率: accepted in time / dispatched; null when nothing was dispatched
 * @param resolutionRate   解决率: solved at follow-up / followed up; null without follow-ups
 * @param satisfactionRate 满意率: satisfied / followed up; null without follow-ups
 * @param consultations    calls of type CONSULTATION
 * @param answeredOnCall   consultations answered on the call from the knowledge base, without a ticket
 * @param firstContactResolutionRate answered on the call / consultations; null without consultations
 */
public record StatisticsRow(
        String code,
        String name,
        long calls,
        Map<CallType, Long> callsByType,
        Map<Category, Long> callsByCategory,
        long praise,
        long complaints,
        long suggestions,
        long ticketsOpened,
        long ticketsDispatched,
        long acceptedInTime,
        long resolved,
        long closed,
        long reopened,
        long overdue,
        Double meanMinutesToAccept,
        Double p90MinutesToAccept,
        Double meanMinutesToResolve,
        Double p90MinutesToResolve,
        long followUps,
        long solvedAtFollowUp,
        long satisfied,
        Double responseRate,
        Double resolutionRate,
        Double satisfactionRate,
        long consultations,
        long answeredOnCall,
        Double firstContactResolutionRate) {
}
